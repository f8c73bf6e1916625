@shared_task
def refresh_categories_cache():
    queryset = Categories.objects.filter(is_active=True)
    serializer = CategoriesSerializer(queryset, many=True)
    data = serializer.data
    cache.set("categories_list", data, timeout=60*10)  # cache for 10 min
    return f"Categories cache refreshed with {len(data)} items"
