/**
 * The normalised inventory: identities, their credentials and leaked secrets, as read from the exports users
 * already have. Unknown stays null; nothing here is ever invented.
 */
package dev.trustmap.model.inventory;
