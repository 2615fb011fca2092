"""Language processing: language ID, segmentation, embeddings, clustering, keyphrases.

``base`` declares the interfaces and ships a do-nothing or fake implementation of each;
the other modules hold the real implementations. Components register by name in
``registry`` (built-ins go through the same door as plugins).
"""
