"""reelcheck.batch"""
