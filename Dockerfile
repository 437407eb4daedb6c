# verbatim: multi-stage build. The final image holds the compiled bot, the corpus and
# production dependencies only, and runs as the unprivileged "node" user.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY commands ./commands
COPY scripts ./scripts
COPY corpus ./corpus
RUN npm ci && node dist/scripts/index.js

FROM node:20-bookworm-slim AS production
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY --from=build /app/corpus ./corpus
# The prebuilt engine for the bundled articles: start without finding quotes again.
COPY --from=build /app/.verbatim ./.verbatim
USER node
# Configuration comes from the environment (docker run --env-file .env).
# A young generation of 8 MiB a semi-space instead of 16 (README, Scaling).
CMD ["node", "--enable-source-maps", "--max-semi-space-size=8", "dist/src/main.js"]
