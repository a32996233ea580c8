package dev.handbook.model;

/** One line of an incident timeline: when (as written) and what happened. */
public record TimelineEvent(String time, Markup event) {}
