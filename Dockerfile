# Builds the portal once; the `api` target serves the API, the `web` target serves the web app behind nginx,
# the `ops` target runs `npm run backup` and `npm run restore` beside them (the compose file's `backup` service).
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json nx.json tsconfig.base.json eslint.base.mjs ./
COPY apps/api/package.json apps/api/package.json
COPY apps/web/package.json apps/web/package.json
COPY apps/web-e2e/package.json apps/web-e2e/package.json
COPY libs/contracts/package.json libs/contracts/package.json
RUN npm ci --no-audit --no-fund
COPY . .
RUN NX_DAEMON=false npx nx run-many -t build --projects=api,web

FROM node:24-bookworm-slim AS api
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app /app
RUN npm prune --omit=dev
USER node
EXPOSE 3000
CMD ["node", "apps/api/dist/apps/api/src/main.js"]

# The API's image with pg_dump and pg_restore of the compose file's PostgreSQL (16), from the PostgreSQL
# project's own Debian repository (Debian 12 carries only 15, which cannot dump a 16 server).
FROM api AS ops
USER root
RUN apt-get update \
  && apt-get install -y --no-install-recommends ca-certificates curl \
  && install -d /usr/share/postgresql-common/pgdg \
  && curl -fsSo /usr/share/postgresql-common/pgdg/apt.postgresql.org.asc https://www.postgresql.org/media/keys/ACCC4CF8.asc \
  && echo 'deb [signed-by=/usr/share/postgresql-common/pgdg/apt.postgresql.org.asc] https://apt.postgresql.org/pub/repos/apt bookworm-pgdg main' \
    > /etc/apt/sources.list.d/pgdg.list \
  && apt-get update \
  && apt-get install -y --no-install-recommends postgresql-client-16 \
  && rm -rf /var/lib/apt/lists/*
ENV PG_BIN=/usr/lib/postgresql/16/bin
# Backups are written under /backups (a folder of the host, in the compose file), one folder per run.
WORKDIR /backups
ENTRYPOINT ["node"]
CMD ["/app/scripts/backup.mjs"]

FROM nginx:1.27-alpine AS web
COPY --from=build /app/apps/web/dist /usr/share/nginx/html
COPY deploy/nginx.conf /etc/nginx/conf.d/default.conf
