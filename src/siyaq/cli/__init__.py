"""siyaq.cli"""
