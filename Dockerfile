# The app image of docker-compose.yml: the server and the built web app (Neo4j runs beside it).
FROM node:20-bookworm-slim
RUN npm install -g pnpm@10.34.9
WORKDIR /app
COPY . .
RUN pnpm install --frozen-lockfile && pnpm --filter @shabaka/web build
EXPOSE 8080
CMD ["pnpm", "start"]
