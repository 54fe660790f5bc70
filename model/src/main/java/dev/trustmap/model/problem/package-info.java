/**
 * Errors in user input as values a user can act on: where (file, line or cell), what was expected, what was
 * found, and how to fix it.
 */
package dev.trustmap.model.problem;
