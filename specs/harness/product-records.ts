import { ProductRecords } from '../../checker/record/product-record';

/**
 * The product's side of the documentation check, kept for the worker's life. The specs that check edited copies
 * of the page judge each copy's wording, rules and sentences; the product they judge it against is the same in
 * every one of them (the same build, browser, account seed and date), so each procedure is driven once per
 * language and worker, and every copy is read against that run. Specs that plant a change in the product do it
 * through their own routes, and those runs never share a record (checker/run.ts); the specs about runs
 * repeating (screenshots written twice) don't pass one. The accessibility spec's check of every screen makes the page's
 * record with scans in the worker that runs it (each language's, on two cores, as the harness's workers are shared
 * out); the checks after it there read that record without the scans.
 */
export const productRecords = new ProductRecords();
