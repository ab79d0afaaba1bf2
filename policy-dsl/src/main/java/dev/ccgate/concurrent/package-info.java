/** Small concurrency pieces the modules share: work started on a thread of its own. */
package dev.ccgate.concurrent;
