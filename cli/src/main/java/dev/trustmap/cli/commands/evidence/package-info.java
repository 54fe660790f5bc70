/** {@code trustmap import} and {@code trustmap owners}: evidence in, one normalised inventory out. */
package dev.trustmap.cli.commands.evidence;
