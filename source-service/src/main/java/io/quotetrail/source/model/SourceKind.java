package io.quotetrail.source.model;

/** What kind of entity a source is. Stored by name. */
public enum SourceKind {
    PERSON,
    ORGANIZATION,
    GOVERNMENT,
    STATE_MEDIA,
    NEWS_AGENCY,
    OUTLET,
    PLATFORM
}
