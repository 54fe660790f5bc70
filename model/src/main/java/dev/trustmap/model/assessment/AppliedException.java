package dev.trustmap.model.assessment;

/** An exception with its state at the as-of date and how many findings it accepted. */
public record AppliedException(ExceptionGrant grant, ExceptionState state, String why, int accepted,
        boolean expiresWithin30Days) {
}
