/** Input the scan cannot vouch for (a missing folder, a file for a folder, an unreadable zip): exit code 2. */
export class BadInput extends Error {}
