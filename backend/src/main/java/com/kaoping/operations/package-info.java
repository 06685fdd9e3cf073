/**
 * Running Kaoping as a service: metrics of its own that no single feature owns, and safe start-up of several nodes
 * on one database. See docs/operations.md.
 */
package com.kaoping.operations;
