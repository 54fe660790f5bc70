/** {@code trustmap keys generate}, {@code trustmap pack verify} and {@code trustmap pack show}: the evidence pack. */
package dev.trustmap.cli.commands.pack;
