/** The app id: Windows' notifications and taskbar grouping, and the installer's (electron-builder.config.cjs). */
export const APP_ID = 'app.mend';

/**
 * The user-data folder's name. The product is called "Mend", which would move user data to …/Mend;
 * it stays pinned to the folder every existing journal lives in.
 */
export const USER_DATA_FOLDER = 'mend';
