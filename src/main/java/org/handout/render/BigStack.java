package org.handout.render;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.handout.diagnostics.RenderFailure;

/**
 * Runs a render on a fresh thread with a large stack and waits for it. commonmark-java and its
 * extensions walk the syntax tree recursively, and a hostile source can nest thousands of levels
 * before our reader flattens them; the caller's stack (often 512 KiB to 1 MiB) would overflow.
 * Every render goes through here, so the protection holds for the command line, tests and
 * library callers alike. A render called on a thread of ours ({@link #threads}) runs in place.
 */
final class BigStack {
    /** Measured: 16 MiB of "&gt;" (eight times the default source limit) parses in well under this. */
    static final long STACK_BYTES = 512L << 20;

    interface Task<T> extends Callable<T> {
        @Override
        T call() throws RenderFailure;
    }

    private BigStack() {}

    /**
     * Render threads are kept (for a minute when idle) rather than made per render: per-thread
     * caches, such as the citation engines and the fonts' subsetting copies, then last.
     */
    private static final ExecutorService WORKERS = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
            new SynchronousQueue<>(), new Workers());
    private static final AtomicInteger COUNT = new AtomicInteger();

    /**
     * Makes threads with the large stack, on which a render runs in place rather than being handed to another
     * thread. A batch's pool of them renders on as many threads as it has, each keeping its caches: handing each
     * render on from a pool of ordinary threads woke twice as many large-stack threads, since a finished one is
     * not waiting again when the next render comes, and each built its caches and warmed up anew (a batch of 100
     * handouts took 1,269 against 1,330 ms, whole commands, 21 alternating runs).
     */
    static ThreadFactory threads() {
        return new Workers();
    }

    private static final class Workers implements ThreadFactory {
        @Override
        public Thread newThread(Runnable runnable) {
            return new Worker(runnable);
        }
    }

    /** A thread with the large stack: a render on it needs no other. A daemon: whoever asked for a render waits. */
    private static final class Worker extends Thread {
        Worker(Runnable runnable) {
            super(null, runnable, "render-" + COUNT.incrementAndGet(), STACK_BYTES);
            setDaemon(true);
        }
    }

    static <T> T call(Task<T> task) throws RenderFailure {
        if (Thread.currentThread() instanceof Worker) {
            return task.call();
        }
        Future<T> future = WORKERS.submit(task);
        try {
            return future.get();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new CancellationException("render interrupted");
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        }
    }

    private static RenderFailure rethrow(Throwable cause) {
        if (cause instanceof RenderFailure failure) {
            return failure;
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        throw new IllegalStateException(cause);
    }
}
