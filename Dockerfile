# syntax=docker/dockerfile:1
# iisg-bot as a container. The build stage installs everything, compiles the TypeScript and the native
# SQLite addon, then drops the dev dependencies; the runtime stage copies the result and runs it as the
# unprivileged "node" user, with the SQLite state on a volume. .ci/check-dockerfile.mjs replays these
# steps in a clean folder on every CI run (no Docker engine there): keep to WORKDIR /app, COPY, RUN and
# ENV, or teach the check the new instruction.
ARG NODE_VERSION=24

FROM node:${NODE_VERSION}-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 compiles from source when no prebuilt binary can be downloaded.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY adapters ./adapters
COPY bench ./bench
# The build compiles bench/ too, which uses the test fakes; neither reaches the runtime stage.
COPY tests ./tests
COPY data ./data
RUN npm ci --no-audit --no-fund
RUN npm prune --omit=dev --no-audit --no-fund && rm -rf node_modules/better-sqlite3/deps node_modules/better-sqlite3/src node_modules/better-sqlite3/build/Release/obj.target node_modules/better-sqlite3/build/Release/.deps && mkdir -p state

FROM node:${NODE_VERSION}-bookworm-slim
ENV NODE_ENV=production \
    LOG_FORMAT=json \
    HEALTH_PORT=8081 \
    IISG_DB_PATH=/app/state/iisg.db \
    IISG_DATA_FILE=/app/state/events.json
WORKDIR /app
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/data ./data
COPY --from=build --chown=node:node /app/state ./state
USER node
VOLUME ["/app/state"]
# 3000: Slack HTTP mode (PORT); 8081: /healthz, /readyz, /metrics (HEALTH_PORT). Publish only what you use.
EXPOSE 3000 8081
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+process.env.HEALTH_PORT+'/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# The dataset lives on the volume, where the site sync keeps it current: seeded from the image on first start.
ENTRYPOINT ["/bin/sh", "-c", "test -f \"$IISG_DATA_FILE\" || cp data/events.json \"$IISG_DATA_FILE\"; exec node dist/adapters/main.js"]
