/** The environment variable set in `microcred check`'s worker threads (to `check`), and only there. */
export const CHECK_WORKER_ENV = 'MICROCRED_WORKER_ROLE';
