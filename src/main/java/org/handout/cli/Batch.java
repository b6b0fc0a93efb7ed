package org.handout.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.handout.diagnostics.Diagnostic;
import org.handout.diagnostics.RenderFailure;
import org.handout.render.Limits;
import org.handout.render.RenderOptions;
import org.handout.render.Renderer;

/**
 * Renders many sources on all cores. One failing source never stops the others. (The renderer
 * itself runs each document on a large stack, so deep nesting cannot overflow these threads.)
 */
final class Batch {
    private final Renderer renderer;
    private final boolean quiet;
    private final boolean verbose;
    private final PrintWriter err;

    Batch(RenderOptions options, Limits limits, boolean quiet, boolean verbose, PrintWriter err) {
        this.renderer = new Renderer(options, limits);
        this.quiet = quiet;
        this.verbose = verbose;
        this.err = err;
    }

    /** Returns true when every job rendered. */
    boolean run(List<Main.Job> jobs) {
        if (jobs.size() == 1) {
            // Its render runs on a large-stack thread of its own already: a pool would only wait for it.
            return renderOne(jobs.get(0));
        }
        int threads = Math.max(1, Math.min(jobs.size(), Runtime.getRuntime().availableProcessors()));
        AtomicInteger done = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        // Large-stack threads, on which each render runs in place (Renderer.renderThreads).
        ExecutorService pool = Executors.newFixedThreadPool(threads, Renderer.renderThreads());
        try {
            List<Future<?>> futures = jobs.stream().<Future<?>>map(job -> pool.submit(() -> {
                boolean ok = renderOne(job);
                if (!ok) {
                    failed.incrementAndGet();
                }
                int count = done.incrementAndGet();
                if (jobs.size() > 1 && !quiet) {
                    synchronized (err) {
                        err.printf("[%d/%d] %s%s%n", count, jobs.size(), job.input(),
                                failed.get() > 0 ? " (" + failed.get() + " failed so far)" : "");
                    }
                }
            })).toList();
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
        return failed.get() == 0;
    }

    private boolean renderOne(Main.Job job) {
        try {
            Renderer.Result result = renderer.renderFile(job.input(), job.outDir());
            print(result.diagnostics());
            return true;
        } catch (RenderFailure failure) {
            print(failure.diagnostics());
            return false;
        } catch (IOException e) {
            report(job.input() + ": error: " + IoMessages.describe(e));
            return false;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            report(job.input() + ": error: internal error while rendering (" + e.getClass().getSimpleName()
                    + "); please report it with this file");
            if (verbose) {
                synchronized (err) {
                    e.printStackTrace(err);
                }
            }
            return false;
        }
    }

    private void print(List<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) {
            if (!quiet || d.severity() == org.handout.diagnostics.Severity.ERROR) {
                report(d.format());
            }
        }
    }

    private void report(String line) {
        synchronized (err) {
            err.println(line);
        }
    }
}
