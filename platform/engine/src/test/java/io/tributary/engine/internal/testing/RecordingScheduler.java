package io.tributary.engine.internal.testing;

import java.io.Serializable;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.karaf.scheduler.Job;
import org.apache.karaf.scheduler.JobContext;
import org.apache.karaf.scheduler.ScheduleOptions;
import org.apache.karaf.scheduler.Scheduler;

/** Karaf's scheduler as the engine uses it (cron jobs by name), firing only when a test says so. */
public final class RecordingScheduler implements Scheduler {

    /** Jobs by name, with the cron they were scheduled with. */
    public final Map<String, Scheduled> jobs = new ConcurrentHashMap<>();

    public record Scheduled(Job job, String cron, boolean concurrent) {
    }

    /** Runs a job now, as Quartz would when its cron fires. */
    public void fire(String name) {
        Scheduled scheduled = jobs.get(name);
        scheduled.job().execute(new JobContext() {
            @Override
            public String getName() {
                return name;
            }

            @Override
            public Map<String, Serializable> getConfiguration() {
                return Map.of();
            }
        });
    }

    @Override
    public void schedule(Object job, ScheduleOptions options) {
        jobs.put(options.name(), new Scheduled((Job) job, options.schedule(), options.canRunConcurrently()));
    }

    @Override
    public boolean unschedule(String name) {
        return jobs.remove(name) != null;
    }

    @Override
    public ScheduleOptions EXPR(String expression) {
        return new Options(expression);
    }

    @Override
    public Map<String, ScheduleOptions> getJobs() {
        Map<String, ScheduleOptions> options = new ConcurrentHashMap<>();
        jobs.forEach((name, scheduled) -> options.put(name, new Options(scheduled.cron()).name(name)));
        return options;
    }

    @Override
    public void reschedule(String name, ScheduleOptions options) {
        throw new UnsupportedOperationException("the engine unschedules and schedules again");
    }

    @Override
    public boolean trigger(String name) {
        throw new UnsupportedOperationException("the engine does not trigger jobs");
    }

    @Override
    public ScheduleOptions NOW() {
        throw new UnsupportedOperationException("the engine schedules cron expressions only");
    }

    @Override
    public ScheduleOptions NOW(int times, long period) {
        throw new UnsupportedOperationException("the engine schedules cron expressions only");
    }

    @Override
    public ScheduleOptions AT(Date date) {
        throw new UnsupportedOperationException("the engine schedules cron expressions only");
    }

    @Override
    public ScheduleOptions AT(Date date, int times, long period) {
        throw new UnsupportedOperationException("the engine schedules cron expressions only");
    }

    private static final class Options implements ScheduleOptions {

        private static final long serialVersionUID = 1L;

        private final String expression;
        private String name;
        private boolean concurrent = true;

        Options(String expression) {
            this.expression = expression;
        }

        @Override
        public ScheduleOptions config(Map<String, Serializable> config) {
            return this;
        }

        @Override
        public ScheduleOptions name(String jobName) {
            name = jobName;
            return this;
        }

        @Override
        public ScheduleOptions canRunConcurrently(boolean allowed) {
            concurrent = allowed;
            return this;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public boolean canRunConcurrently() {
            return concurrent;
        }

        @Override
        public String schedule() {
            return expression;
        }
    }
}
