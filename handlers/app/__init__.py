"""The app's wiring: settings, the knowledge service (reloads, uploads), the local console."""
