/**
 * The image worker process's entry: what the app's bundle, the CLI, the tests and the bench start.
 * The worker itself is ./serve.
 */
import './serve';
