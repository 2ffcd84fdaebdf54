"""siyaq.evaluate"""
