"""siyaq.sources"""
