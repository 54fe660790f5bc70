package dev.trustmap.review;

import java.time.LocalDate;

/**
 * What a person types into a row's answer cells.
 *
 * @param answer keep, transfer, decommission or not mine
 * @param decommissionBy stored as a spreadsheet date, as a spreadsheet stores a date typed into a date cell
 */
public record TypedAnswer(String answer, String transferTo, LocalDate decommissionBy, String reason) {
}
