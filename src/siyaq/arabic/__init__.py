"""siyaq.arabic"""
