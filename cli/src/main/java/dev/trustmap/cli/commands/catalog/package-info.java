/** {@code trustmap catalog ...}: list, show, resolve, crosswalk, cover and lint the control catalog. */
package dev.trustmap.cli.commands.catalog;
