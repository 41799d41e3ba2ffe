import 'reflect-metadata';

process.env.N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS = 'false';
