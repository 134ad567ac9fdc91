export { API_VERSION, type AppOptions, createApp } from './app.ts';
export { type ServerConfig, defaultServerConfig, isOpen, loadServerConfig } from './config.ts';
export { listen } from './listen.ts';
