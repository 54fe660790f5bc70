package dev.trustmap.reports.model;

/** An identity by id and name, with why it is listed. */
public record IdentityRef(String id, String name, String why) {
}
