package org.parallax.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * A repository's read of its own rows: one {@code SELECT columns FROM table} and how a row becomes a
 * value, so that each query of the repository says only which rows and in which order.
 *
 * @param select the query up to its {@code WHERE}: {@code "SELECT " + COLUMNS + " FROM feed f"}
 */
record RowSelect<T>(String select, RowMapper<T> mapper) {

    /** The row where {@code condition} holds, with its one parameter bound. */
    Optional<T> find(Jdbi jdbi, String condition, String name, Object value) {
        return jdbi.withHandle(h -> h.createQuery(select + " WHERE " + condition)
                .bind(name, value)
                .map(mapper)
                .findOne());
    }

    /**
     * The rows the rest of the query picks, in its order.
     *
     * @param rest       what follows {@code FROM}: conditions, order, limits
     * @param parameters the query's named parameters
     */
    List<T> list(Jdbi jdbi, String rest, Map<String, ?> parameters) {
        return jdbi.withHandle(h -> h.createQuery(select + " " + rest)
                .bindMap(parameters)
                .map(mapper)
                .list());
    }
}
