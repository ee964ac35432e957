package org.parallax.markets;

import java.util.function.Function;

/** The value a provider request produced, or why it produced none. */
public sealed interface FetchResult<T> {

    record Fetched<T>(T value) implements FetchResult<T> {
    }

    record Failed<T>(FetchError error) implements FetchResult<T> {
    }

    static <T> FetchResult<T> of(T value) {
        return new Fetched<>(value);
    }

    static <T> FetchResult<T> failed(FetchError error) {
        return new Failed<>(error);
    }

    static <T> FetchResult<T> failed(FetchError.Kind kind, String message) {
        return new Failed<>(FetchError.of(kind, message));
    }

    default <U> FetchResult<U> map(Function<? super T, ? extends U> f) {
        return switch (this) {
            case Fetched<T> ok -> new Fetched<>(f.apply(ok.value()));
            case Failed<T> failed -> new Failed<>(failed.error());
        };
    }

    default <U> FetchResult<U> flatMap(Function<? super T, FetchResult<U>> f) {
        return switch (this) {
            case Fetched<T> ok -> f.apply(ok.value());
            case Failed<T> failed -> new Failed<>(failed.error());
        };
    }
}
