package org.parallax.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The right to run the pipeline (grouping and briefs): one writer at a time per database.
 * <p>
 * On PostgreSQL it is a session advisory lock taken on a connection of its own, outside the pool
 * (the pool retires connections, which would drop the lock). The lock lives as long as that
 * session: when the holding process dies, or the server restarts, PostgreSQL releases it and
 * another process takes over at its next try. Its key is the schema's name, so that Parallax
 * databases in different schemas of one server do not exclude each other.
 * <p>
 * The embedded H2 database is opened by one process only (its file lock), so that process is
 * the only possible writer and always holds the lock.
 */
public abstract sealed class PipelineLock implements AutoCloseable {

    /** The outcome of {@link #tryHold()}. */
    public enum Hold {
        /** This process just became the writer: whatever it kept in memory may be stale. */
        TAKEN,
        /** This process was already the writer and still is. */
        KEPT,
        /** Another process is the writer. */
        HELD_ELSEWHERE
    }

    /** Becomes or stays the writer if no other process is; never waits. */
    public abstract Hold tryHold();

    /** Whether this process is still the writer (a round trip on PostgreSQL). */
    public abstract boolean isHeld();

    /** Stops being the writer (another process may take over at once). */
    public abstract void release();

    @Override
    public void close() {
        release();
    }

    static PipelineLock of(DatabaseSettings settings) {
        return settings.isPostgres() ? new Advisory(settings) : new SingleProcess();
    }

    /** H2: the database file admits one process, which is therefore the writer. */
    static final class SingleProcess extends PipelineLock {
        private boolean held;

        @Override
        public synchronized Hold tryHold() {
            Hold hold = held ? Hold.KEPT : Hold.TAKEN;
            held = true;
            return hold;
        }

        @Override
        public synchronized boolean isHeld() {
            return held;
        }

        @Override
        public synchronized void release() {
            held = false;
        }
    }

    /** PostgreSQL: {@code pg_try_advisory_lock} on a dedicated session. */
    static final class Advisory extends PipelineLock {
        /** First half of the lock's key: "PXPL" in ASCII, the second half is the schema's hash. */
        private static final int KEY = 0x5058504C;
        private final DatabaseSettings settings;
        private Connection session; // non-null while held

        Advisory(DatabaseSettings settings) {
            this.settings = settings;
        }

        @Override
        public synchronized Hold tryHold() {
            if (isHeld()) {
                return Hold.KEPT;
            }
            try {
                Connection connection = DriverManager.getConnection(settings.url(), settings.user(), settings.password());
                boolean taken = false;
                try (PreparedStatement statement = connection.prepareStatement(
                        "SELECT pg_try_advisory_lock(?, hashtext(current_schema()))")) {
                    statement.setInt(1, KEY);
                    try (ResultSet rs = statement.executeQuery()) {
                        taken = rs.next() && rs.getBoolean(1);
                    }
                } finally {
                    if (!taken) {
                        connection.close();
                    }
                }
                if (taken) {
                    session = connection;
                    return Hold.TAKEN;
                }
                return Hold.HELD_ELSEWHERE;
            } catch (SQLException e) {
                throw new DatabaseUnavailableException("Cannot reach " + settings.safeUrl()
                        + " to take the pipeline lock: " + e.getMessage(), e);
            }
        }

        @Override
        public synchronized boolean isHeld() {
            if (session == null) {
                return false;
            }
            try {
                if (session.isValid(5)) {
                    return true;
                }
            } catch (SQLException e) {
                // treated as lost below
            }
            closeSession(); // the session ended (server restart, network): the lock went with it
            return false;
        }

        @Override
        public synchronized void release() {
            closeSession(); // ending the session releases its advisory locks
        }

        private void closeSession() {
            if (session != null) {
                try {
                    session.close();
                } catch (SQLException e) {
                    // already gone
                }
                session = null;
            }
        }
    }
}
