/** Said under the bar while every file is sealed or opened: why there is no Cancel, and how long. */
export const NO_STOPPING = 'This can’t be stopped halfway; with a long journal it takes about a minute. Your journal stays safe meanwhile.';
