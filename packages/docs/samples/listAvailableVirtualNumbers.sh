curl "https://api.identitycall.ai/api/v1/public/virtual_numbers/available?country=US&number_type=local" \
  -H "Authorization: Bearer $IDENTITYCALL_API_KEY"
