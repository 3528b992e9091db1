import { digestOf } from "./digest.js";

/**
 * git's object id of a file's bytes, as `git hash-object` prints it in a SHA-1 repository, computed here so
 * no git process is started for it. In a SHA-256 repository it never equals git's id: whatever compares the
 * two then takes the slower way (asks git).
 */
export function blobId(bytes: Uint8Array): string {
  return digestOf("sha1", Buffer.concat([Buffer.from(`blob ${bytes.length}\0`), bytes]), "hex");
}
