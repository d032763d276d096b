"""reelcheck.kb"""
