package org.cairnpmo.resources;

import java.time.LocalDate;

/** Days a person does not work (holiday, leave, training): both ends included. */
public record Absence(LocalDate firstDay, LocalDate lastDay, String reason) {}
