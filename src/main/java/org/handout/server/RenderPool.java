package org.handout.server;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.handout.diagnostics.RenderFailure;

/**
 * At most {@code size} renders at a time. A request waits for a free slot up to {@code wait}, then gets 503 with
 * Retry-After; a render that runs longer than {@code timeout} is answered with 422. A slot is held until the render
 * itself ends, not until its answer is sent: a render past its time limit cannot be stopped (the pipeline does not
 * poll for interruption), and it still uses a core. (Jetty's QoSHandler frees its permit with the response, so it
 * would let such renders pile up.)
 */
final class RenderPool {
    interface Job<T> {
        T run() throws RenderFailure;
    }

    private final int size;
    private final Semaphore slots;
    private final Duration wait;
    private final Duration timeout;
    private final AtomicInteger threadCount = new AtomicInteger();
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "serve-render-" + threadCount.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    RenderPool(int size, Duration wait, Duration timeout) {
        this.size = size;
        this.slots = new Semaphore(size, true);
        this.wait = wait;
        this.timeout = timeout;
    }

    int size() {
        return size;
    }

    int running() {
        return size - slots.availablePermits();
    }

    /** Runs {@code job} in a slot; {@code resources} are closed when the job ends, or at once if it never starts. */
    <T> T run(Job<T> job, AutoCloseable resources) throws RenderFailure {
        if (!acquire()) {
            closeQuietly(resources);
            throw new HttpError(Reply.error(503, "all " + size + " renders are busy: try again in a moment")
                    .withHeader("Retry-After", String.valueOf(Math.max(1, wait.toSeconds()))));
        }
        Callable<T> task = () -> {
            try {
                return job.run();
            } finally {
                closeQuietly(resources);
                slots.release();
            }
        };
        Future<T> future = threads.submit(task);
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw HttpError.of(422, "the document took longer than the limit of " + timeout.toSeconds()
                    + " s to render (--render-timeout)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw HttpError.of(503, "the server is stopping");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RenderFailure failure) {
                throw failure;
            }
            // A bug, or the heap or a stack ran out: the caller answers 500 and reports it as an internal error.
            throw new IllegalStateException("render failed", e.getCause());
        }
    }

    private boolean acquire() {
        try {
            return slots.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void closeQuietly(AutoCloseable resources) {
        try {
            resources.close();
        } catch (Exception e) {
            // Closing deletes temporary files; a failure leaves them to the system's temporary-file cleaning.
        }
    }
}
