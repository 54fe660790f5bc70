/** {@code trustmap catalog ...}: list, show, resolve, crosswalk, cover, lint and export the control catalog. */
package dev.trustmap.cli.commands.catalog;
