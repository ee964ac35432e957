package org.parallax.fetch;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a limit, and cancels the transfer as soon as the body grows
 * beyond it: a huge response costs at most the limit (plus one network buffer), never memory.
 */
final class BoundedBody implements BodySubscriber<byte[]> {

    /** The body grew beyond the limit; the transfer was cancelled. */
    static final class TooLarge extends RuntimeException {
        final long limit;

        TooLarge(long limit) {
            super("response body larger than " + limit + " bytes", null, false, false);
            this.limit = limit;
        }
    }

    /** What to do with the body. */
    private enum Mode { COLLECT, DISCARD, REFUSE }

    private final int limit;
    private final Mode mode;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    private BoundedBody(int limit, Mode mode) {
        this.limit = limit;
        this.mode = mode;
    }

    /** Collects the body, failing with {@link TooLarge} beyond {@code limit} bytes. */
    static BodySubscriber<byte[]> upTo(int limit) {
        return new BoundedBody(limit, Mode.COLLECT);
    }

    /** Takes no body at all: for responses whose body is not wanted (redirects, errors). */
    static BodySubscriber<byte[]> none() {
        return new BoundedBody(0, Mode.DISCARD);
    }

    /** Fails at once: the declared Content-Length is beyond the limit. */
    static BodySubscriber<byte[]> refused(int limit) {
        return new BoundedBody(limit, Mode.REFUSE);
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        this.subscription = s;
        switch (mode) {
            case COLLECT -> s.request(Long.MAX_VALUE);
            case DISCARD -> {
                s.cancel();
                complete();
            }
            case REFUSE -> {
                s.cancel();
                fail(new TooLarge(limit));
            }
        }
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer item : items) {
            if ((long) buffer.size() + item.remaining() > limit) {
                subscription.cancel();
                fail(new TooLarge(limit));
                return;
            }
            byte[] bytes = new byte[item.remaining()];
            item.get(bytes);
            buffer.write(bytes, 0, bytes.length);
        }
    }

    @Override
    public void onError(Throwable throwable) {
        fail(throwable);
    }

    @Override
    public void onComplete() {
        complete();
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    private void complete() {
        result.complete(buffer.toByteArray());
    }

    private void fail(Throwable failure) {
        result.completeExceptionally(failure);
    }
}
