package dev.trustmap.reports.model;

import java.util.List;

/** The programme's stage and, for the next one, the controls still to meet, with their titles. */
public record MaturityView(int stage, String name, List<ControlRef> next) {
}
