"""Tests of reelcheck.batch."""
