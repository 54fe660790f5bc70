/** {@code trustmap assess} and {@code trustmap policy}: evidence judged against the catalog and the policy. */
package dev.trustmap.cli.commands.assessment;
