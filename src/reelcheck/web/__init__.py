"""reelcheck.web"""
