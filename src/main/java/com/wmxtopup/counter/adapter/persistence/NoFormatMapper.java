package com.wmxtopup.counter.adapter.persistence;

import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.format.FormatMapper;

/// Hibernate's JSON and XML column mapper, for a schema that has no JSON or XML column: without
/// it, Hibernate's boot finds Jackson and JAXB on the class path and builds a mapper of each
/// (Jackson's with every module it can find) that nothing would ever use.
public final class NoFormatMapper implements FormatMapper {

    @Override
    public <T> T fromString(CharSequence text, JavaType<T> type, WrapperOptions options) {
        throw new UnsupportedOperationException("no entity maps a JSON or XML column");
    }

    @Override
    public <T> String toString(T value, JavaType<T> type, WrapperOptions options) {
        throw new UnsupportedOperationException("no entity maps a JSON or XML column");
    }
}
